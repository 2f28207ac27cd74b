import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, NotificationItem, NotificationList, NotificationPreferences } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { ListNotificationsQuery } from './dtos/list-notifications.query';
import { UpdateNotificationPreferencesDto } from './dtos/notification-preferences.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @Authenticated('notifications.read')
  list(@CurrentActor() actor: Actor, @Query() query: ListNotificationsQuery): Promise<NotificationList> {
    return this.notifications.list(actor, query);
  }

  @Post('notifications/read-all')
  @HttpCode(HttpStatus.OK)
  @Authenticated('notifications.read')
  readAll(@CurrentActor() actor: Actor): Promise<{ updated: number }> {
    return this.notifications.markAllRead(actor);
  }

  @Post('notifications/:id/read')
  @HttpCode(HttpStatus.OK)
  @Authenticated('notifications.read')
  read(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<NotificationItem> {
    return this.notifications.markRead(actor, id);
  }

  @Get('me/notification-preferences')
  @Authenticated('auth.self')
  preferences(@CurrentActor() actor: Actor): Promise<NotificationPreferences> {
    return this.notifications.preferences(actor);
  }

  @Put('me/notification-preferences')
  @Authenticated('auth.self')
  updatePreferences(@CurrentActor() actor: Actor, @Body() body: UpdateNotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.notifications.updatePreferences(actor, body);
  }
}
