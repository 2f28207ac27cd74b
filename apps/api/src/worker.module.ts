import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { loggerOptions } from './bootstrap/logger-options';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { MailWorkerModule } from './modules/mail/mail-worker.module';
import { RemindersWorkerModule } from './modules/reminders/reminders-worker.module';
import { ReportsWorkerModule } from './modules/reports/reports-worker.module';
import { workerConnection } from './queue/queue-connection';
import { RedisModule } from './redis/redis.module';

/** Shares configuration, database and Redis with the API; runs the reminder relay and the queue processors. */
@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => loggerOptions(config) }),
    DatabaseModule,
    RedisModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ connection: workerConnection(config), prefix: config.QUEUE_PREFIX }),
    }),
    RemindersWorkerModule,
    MailWorkerModule,
    ReportsWorkerModule,
  ],
})
export class WorkerModule {}
