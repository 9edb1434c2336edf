import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsOneOf } from '../../common/validation/validators.js';
import { RecordMeta } from '../../common/crud/record-meta.dto.js';
import { OUTCOMES, type Outcome } from '../network-conversation.entity.js';

export class CreateNetworkConversationDto {
  @ApiProperty() @IsUUID('all', { message: 'must be a person id' }) personId: string;
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an employer id' })
  employerId?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Free-text contact when not an employer' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  contact?: string | null;
  @ApiProperty() @IsCalendarDate() date: string;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(100) sector?: string | null;
  @ApiPropertyOptional({ enum: OUTCOMES, enumName: 'Outcome', nullable: true })
  @IsOptional()
  @IsOneOf(OUTCOMES)
  outcome?: Outcome | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) notes?: string | null;
}

export class UpdateNetworkConversationDto extends IntersectionType(
  PartialType(CreateNetworkConversationDto, { skipNullProperties: false }),
  RecordMeta,
) {}
