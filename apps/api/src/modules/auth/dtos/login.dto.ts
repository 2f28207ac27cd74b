import { ApiProperty } from '@nestjs/swagger';

/** Documented for OpenAPI; the local strategy reads and checks the two fields itself, before any pipe runs. */
export class LoginDto {
  @ApiProperty({ example: 'ubnd' }) username: string;
  @ApiProperty({ example: 'mandate-demo' }) password: string;
}
