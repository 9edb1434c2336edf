import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import { CreateUserDto } from '../users/dto/user.dto.js';
import { createUserInOrganization } from '../users/users.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { toFieldErrors } from '../common/errors/validation.js';
import { validationFailed } from '../common/errors/app-error.js';

interface CreateUserArgs {
  organization?: string;
  email?: string;
  password?: string;
  role?: string;
  name?: string;
}

/** Validates like the API does, then creates the organisation (if new) and the user in one go. */
export async function createUser(dataSource: DataSource, args: CreateUserArgs): Promise<string> {
  const organization = args.organization?.trim();
  if (!organization) throw validationFailed({ organization: 'is required (--organization "<name>")' });
  const dto = plainToInstance(CreateUserDto, {
    email: args.email,
    password: args.password,
    role: args.role,
    fullName: args.name ?? args.email?.split('@')[0],
  });
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  if (errors.length > 0) throw validationFailed(toFieldErrors(errors));

  let org = await dataSource.manager.findOneBy(Organization, { name: organization });
  const created = !org;
  if (!org) org = await dataSource.manager.save(dataSource.manager.create(Organization, { name: organization }));
  try {
    const user = await createUserInOrganization(dataSource, new UsersRepository(dataSource), org.id, dto);
    return `Created user ${user.email} (${user.role}) in ${created ? 'new ' : ''}organisation "${org.name}".`;
  } catch (error) {
    if (created) await dataSource.manager.delete(Organization, { id: org.id });
    throw error;
  }
}
