import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Actor, AssignableUser, departmentRequirementProblem, DomainError, ItemList, Role, User } from '@mandate/domain';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { hashPassword } from '../../common/auth/password-hasher';
import { SessionVersionsService } from '../../common/auth/session-versions.service';
import { isUniqueViolation, loadForUpdate } from '../../common/persistence/load-for-update';
import { AuditService } from '../audit/audit.service';
import { DepartmentEntity } from '../departments/department.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { CreateUserDto } from './dtos/create-user.dto';
import { UpdateUserDto } from './dtos/update-user.dto';
import { mapUser } from './dtos/user-response.dto';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionVersionsService,
  ) {}

  async list(): Promise<ItemList<User>> {
    const rows = await this.users.find({ order: { username: 'ASC' } });
    return { items: rows.map(mapUser) };
  }

  async assignable(): Promise<ItemList<AssignableUser>> {
    const rows = await this.users.find({ where: { active: true, role: 'department' }, order: { displayName: 'ASC' } });
    return { items: rows.map((u) => ({ id: u.id, displayName: u.displayName, departmentId: u.departmentId })) };
  }

  async create(actor: Actor, input: CreateUserDto): Promise<User> {
    const departmentId = input.departmentId ?? null;
    await this.assertDepartmentFits(this.dataSource.manager, input.role, departmentId);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(
          manager.create(UserEntity, { username: input.username, displayName: input.displayName, role: input.role, departmentId, email: input.email ?? null, passwordHash }),
        );
        const after = mapUser(saved);
        await this.audit.record(manager, { actor, entityType: 'user', entityId: saved.id, action: 'create', after });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('USERNAME_TAKEN', `The username ${input.username} is already taken.`, [{ field: 'username', message: 'is already taken', rule: 'taken' }]);
      }
      throw error;
    }
  }

  async update(actor: Actor, id: string, input: UpdateUserDto): Promise<User> {
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    const updated = await this.dataSource.transaction(async (manager) => {
      const row = await loadForUpdate(manager, UserEntity, id, input.version, 'User');
      const before = mapUser(row);
      const role = input.role ?? row.role;
      const departmentId = input.departmentId !== undefined ? input.departmentId : role === 'department' ? row.departmentId : null;
      await this.assertDepartmentFits(manager, role, departmentId);
      if (id === actor.id && (input.active === false || (input.role && input.role !== 'admin'))) {
        throw new DomainError('VALIDATION_FAILED', 'You cannot deactivate yourself or take away your own administrator role.', [
          { field: input.active === false ? 'active' : 'role', message: 'cannot be changed on your own account', rule: 'ownAccount' },
        ]);
      }
      Object.assign(row, {
        displayName: input.displayName ?? row.displayName,
        role,
        departmentId,
        email: input.email !== undefined ? input.email : row.email,
        active: input.active ?? row.active,
        locale: input.locale ?? row.locale,
      });
      if (passwordHash) row.passwordHash = passwordHash;
      const saved = await manager.save(row);
      // Deactivation, a new role or department, or a password reset ends every session of that user, access tokens included.
      const endsSessions = (before.active && !saved.active) || before.role !== saved.role || before.departmentId !== saved.departmentId || passwordHash !== undefined;
      let sessionVersion: number | null = null;
      if (endsSessions) {
        await manager.update(RefreshTokenEntity, { userId: id, revokedAt: IsNull() }, { revokedAt: new Date() });
        sessionVersion = await this.sessions.bump(manager, id);
      }
      const after = mapUser(saved);
      await this.audit.record(manager, { actor, entityType: 'user', entityId: id, action: 'update', before, after: passwordHash ? { ...after, passwordReset: true } : after });
      return { after, sessionVersion };
    });
    if (updated.sessionVersion !== null) await this.sessions.publish(id, updated.sessionVersion);
    return updated.after;
  }

  private async assertDepartmentFits(manager: EntityManager, role: Role, departmentId: string | null): Promise<void> {
    const problem = departmentRequirementProblem(role, departmentId);
    if (problem) throw new DomainError('VALIDATION_FAILED', problem, [{ field: 'departmentId', message: problem, rule: role === 'department' ? 'required' : 'departmentOnly' }]);
    if (departmentId && !(await manager.exists(DepartmentEntity, { where: { id: departmentId, active: true } }))) {
      throw new DomainError('VALIDATION_FAILED', 'The department does not exist or is inactive.', [{ field: 'departmentId', message: 'no such active department', rule: 'notActiveDepartment' }]);
    }
  }
}
