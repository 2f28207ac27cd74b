import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, AgencyMatch, DepartmentAlias, ItemList } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { DepartmentAliasesService } from './department-aliases.service';
import { CreateDepartmentAliasDto, MatchAgenciesDto } from './dtos/department-alias.dto';

@ApiTags('departments')
@Controller()
export class DepartmentAliasesController {
  constructor(private readonly aliases: DepartmentAliasesService) {}

  @Get('department-aliases')
  @Authenticated('departments.read')
  list(): Promise<ItemList<DepartmentAlias>> {
    return this.aliases.list();
  }

  @Post('department-aliases')
  @Authenticated('departments.manage')
  create(@CurrentActor() actor: Actor, @Body() body: CreateDepartmentAliasDto): Promise<DepartmentAlias> {
    return this.aliases.create(actor, body);
  }

  @Delete('department-aliases/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Authenticated('departments.manage')
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.aliases.remove(actor, id);
  }

  @Post('departments/match')
  @HttpCode(HttpStatus.OK)
  @Authenticated('departments.read')
  match(@Body() body: MatchAgenciesDto): Promise<ItemList<AgencyMatch>> {
    return this.aliases.match(body.names);
  }
}
