import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, ItemList } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto } from './dtos/create-department.dto';
import { DepartmentResponse } from './dtos/department-response.dto';
import { ListDepartmentsQuery } from './dtos/list-departments.query';
import { UpdateDepartmentDto } from './dtos/update-department.dto';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Authenticated('departments.read')
  list(@Query() query: ListDepartmentsQuery): Promise<ItemList<DepartmentResponse>> {
    return this.departments.list(query.includeInactive ?? false);
  }

  @Post()
  @Authenticated('departments.manage')
  create(@CurrentActor() actor: Actor, @Body() body: CreateDepartmentDto): Promise<DepartmentResponse> {
    return this.departments.create(actor, body);
  }

  @Patch(':id')
  @Authenticated('departments.manage')
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: UpdateDepartmentDto): Promise<DepartmentResponse> {
    return this.departments.update(actor, id, body);
  }
}
