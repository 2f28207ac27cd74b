import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { ReportsModule } from '../reports/reports.module';
import { HomeController } from './home.controller';
import { HomeService } from './home.service';

@Module({
  imports: [PlansModule, ReportsModule],
  controllers: [HomeController],
  providers: [HomeService],
})
export class HomeModule {}
