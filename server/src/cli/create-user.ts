import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import { Organization } from '../organizations/organization.entity.js';
import { createDefaultCodebook } from '../labels/default-codebook.js';
import { CreateUserDto } from '../users/dto/user.dto.js';
import { createUserInOrganization } from '../users/users.service.js';
import { UsersRepository } from '../users/users.repository.js';
import { toFieldErrors } from '../common/errors/validation.js';
import { problem, validationFailed } from '../common/errors/app-error.js';

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
  if (!organization)
    throw validationFailed({ organization: problem('required', 'is required (--organization "<name>")') });
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
  if (!org) {
    org = await dataSource.transaction(async (manager) => {
      const created = await manager.save(manager.create(Organization, { name: organization }));
      // A new organisation starts with the report's themes and the 14 domains as its codebook.
      await createDefaultCodebook(manager, created.id);
      return created;
    });
  }
  try {
    const user = await createUserInOrganization(dataSource, new UsersRepository(dataSource), org.id, dto);
    return `Created user ${user.email} (${user.role}) in ${created ? 'new ' : ''}organisation "${org.name}".`;
  } catch (error) {
    if (created) {
      await dataSource.transaction(async (manager) => {
        await manager.query('DELETE FROM labels WHERE organization_id = $1', [org.id]);
        await manager.delete(Organization, { id: org.id });
      });
    }
    throw error;
  }
}
