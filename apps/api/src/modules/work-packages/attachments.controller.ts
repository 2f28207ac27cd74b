import { Controller, Get, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { WorkPackageActivityService } from './work-package-activity.service';

@ApiTags('work-packages')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly activity: WorkPackageActivityService) {}

  @Get(':id')
  @Authenticated('workPackages.read')
  download(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<StreamableFile> {
    return this.activity.download(actor, id);
  }
}
