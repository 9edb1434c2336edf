import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsNotBlank, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { DEADLINE_KINDS, TASK_STATUSES, type DeadlineKind, type TaskStatus } from '../task.entity.js';

export class CreateTaskDto {
  @ApiProperty() @IsString() @IsNotBlank() @MaxLength(300) title: string;
  @ApiProperty() @IsCalendarDate() dueDate: string;
  @ApiPropertyOptional({ nullable: true, description: 'Defaults to the creator' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  assigneeId?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a household id' })
  householdId?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a person id' }) personId?:
    string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an obstacle id' })
  obstacleId?: string | null;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a placement id' })
  placementId?: string | null;
  @ApiPropertyOptional({ enum: TASK_STATUSES, enumName: 'TaskStatus', default: 'open' })
  @IsOptional()
  @IsOneOf(TASK_STATUSES)
  status?: TaskStatus;
  @ApiPropertyOptional({ nullable: true, description: 'Defaults to today when done' })
  @IsOptional()
  @IsCalendarDate()
  doneOn?: string | null;
  @ApiPropertyOptional({ enum: DEADLINE_KINDS, enumName: 'DeadlineKind', nullable: true })
  @IsOptional()
  @IsOneOf(DEADLINE_KINDS)
  deadlineKind?: DeadlineKind | null;
  @ApiPropertyOptional({
    nullable: true,
    description: 'The deadline date; defaults to the current date of that deadline',
  })
  @IsOptional()
  @IsCalendarDate()
  deadlineDate?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string | null;
}

export class UpdateTaskDto extends IntersectionType(
  PartialType(CreateTaskDto, { skipNullProperties: false }),
  RecordMeta,
) {
  /** Read-only, sent back by react-admin. */
  @IsOptional() overdue?: unknown;
}
