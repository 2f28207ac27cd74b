import { ApiProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/** Checked by `assertSupervisionRequest`, which names the field that is wrong. */
export class CreateSupervisionRequestDto {
  @ApiProperty({ enum: ['kien_nghi', 'chat_van', 'yeu_cau_bao_cao'] })
  @Allow()
  kind: unknown;

  @ApiProperty({ example: { type: 'work_package', id: '00000000-0000-0000-0000-000000000000' } })
  @Allow()
  subject: unknown;

  @ApiProperty({ nullable: true, description: 'null: addressed to the UBND' })
  @Allow()
  addresseeDepartmentId: unknown;

  @Allow()
  content: unknown;

  @ApiProperty({ required: false, description: 'YYYY-MM-DD; default: today plus the response days of the kind' })
  @Allow()
  dueDate?: unknown;
}
