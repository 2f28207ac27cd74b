import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, HomeView } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { HomeQuery } from './dtos/home.query';
import { HomeService } from './home.service';

@ApiTags('home')
@Controller('home')
export class HomeController {
  constructor(private readonly home: HomeService) {}

  /** The signed-in user's home page, shaped by role. */
  @Get()
  @Authenticated('plans.read')
  get(@CurrentActor() actor: Actor, @Query() query: HomeQuery): Promise<HomeView> {
    return this.home.forActor(actor, query);
  }
}
