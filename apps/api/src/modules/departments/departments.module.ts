import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DepartmentAliasEntity } from './department-alias.entity';
import { DepartmentAliasesController } from './department-aliases.controller';
import { DepartmentAliasesService } from './department-aliases.service';
import { DepartmentEntity } from './department.entity';
import { DepartmentsController } from './departments.controller';
import { DepartmentsService } from './departments.service';

@Module({
  imports: [TypeOrmModule.forFeature([DepartmentEntity, DepartmentAliasEntity])],
  controllers: [DepartmentsController, DepartmentAliasesController],
  providers: [DepartmentsService, DepartmentAliasesService],
  exports: [DepartmentsService, DepartmentAliasesService],
})
export class DepartmentsModule {}
