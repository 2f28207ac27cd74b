import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Actor, AssignableUser, ItemList, User } from '@mandate/domain';
import { Authenticated, CurrentActor } from '../../common/auth/access.decorators';
import { IdParam } from '../../common/validation/id-param';
import { CreateUserDto } from './dtos/create-user.dto';
import { UpdateUserDto } from './dtos/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authenticated('users.manage')
  list(): Promise<ItemList<User>> {
    return this.users.list();
  }

  /** People a package can be assigned to: the office picks them in the package form (names and departments only). */
  @Get('assignable')
  @Authenticated('workPackages.create')
  assignable(): Promise<ItemList<AssignableUser>> {
    return this.users.assignable();
  }

  @Post()
  @Authenticated('users.manage')
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<User> {
    return this.users.create(actor, body);
  }

  @Patch(':id')
  @Authenticated('users.manage')
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() body: UpdateUserDto): Promise<User> {
    return this.users.update(actor, id, body);
  }
}
