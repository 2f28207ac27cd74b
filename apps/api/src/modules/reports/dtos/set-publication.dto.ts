import { IsBoolean } from 'class-validator';

export class SetPublicationDto {
  /** true puts the plan's transparency page online; false removes it at once. */
  @IsBoolean()
  published: boolean;
}
