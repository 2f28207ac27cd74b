import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AgencyCatalogue, agencyKey, AgencyMatch, DepartmentAlias, DomainError, ItemList, matchAgency } from '@mandate/domain';
import { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../common/persistence/load-for-update';
import { AuditService } from '../audit/audit.service';
import { assertActiveDepartment } from './assert-active-department';
import { DepartmentAliasEntity } from './department-alias.entity';
import { DepartmentEntity } from './department.entity';
import { CreateDepartmentAliasDto, mapDepartmentAlias } from './dtos/department-alias.dto';

/** What agency names are matched against: the active departments and the admin's aliases to them. */
export async function loadAgencyCatalogue(manager: EntityManager): Promise<AgencyCatalogue> {
  // One after the other: the manager may be a transaction's, on one connection.
  const departments = await manager.find(DepartmentEntity, { where: { active: true }, select: { id: true, code: true, name: true }, order: { name: 'ASC' } });
  const aliases = await manager.createQueryBuilder(DepartmentAliasEntity, 'a').innerJoin(DepartmentEntity, 'd', 'd.id = a.department_id AND d.active').getMany();
  return { departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name })), aliases: aliases.map((a) => ({ key: a.aliasKey, departmentId: a.departmentId })) };
}

@Injectable()
export class DepartmentAliasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ItemList<DepartmentAlias>> {
    const rows = await this.dataSource.getRepository(DepartmentAliasEntity).find({ order: { alias: 'ASC' } });
    return { items: rows.map(mapDepartmentAlias) };
  }

  async create(actor: Actor, input: CreateDepartmentAliasDto): Promise<DepartmentAlias> {
    const aliasKey = agencyKey(input.alias);
    if (aliasKey.length === 0 || !/[\p{L}\p{N}]/u.test(input.alias)) throw new DomainError('VALIDATION_FAILED', 'alias: needs a letter or digit', [{ field: 'alias', message: 'needs a letter or digit', rule: 'matches' }]);
    try {
      return await this.dataSource.transaction(async (manager) => {
        await assertActiveDepartment(manager, input.departmentId);
        const saved = await manager.save(manager.create(DepartmentAliasEntity, { alias: input.alias, aliasKey, departmentId: input.departmentId }));
        const after = mapDepartmentAlias(saved);
        await this.audit.record(manager, { actor, entityType: 'department_alias', entityId: saved.id, action: 'create', after: { ...after, aliasKey } });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('DEPARTMENT_ALIAS_TAKEN', `An alias written like "${input.alias}" already exists.`, [{ field: 'alias', message: 'is already used', rule: 'taken' }]);
      throw error;
    }
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(DepartmentAliasEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new DomainError('NOT_FOUND', 'Alias not found.');
      await manager.delete(DepartmentAliasEntity, { id });
      await this.audit.record(manager, { actor, entityType: 'department_alias', entityId: id, action: 'delete', before: { ...mapDepartmentAlias(row), aliasKey: row.aliasKey } });
    });
  }

  /** How each written name maps to the catalogue, for the import preview to show what it could not place. */
  async match(names: string[]): Promise<ItemList<AgencyMatch>> {
    const catalogue = await loadAgencyCatalogue(this.dataSource.manager);
    return { items: [...new Set(names.map((n) => n.trim()).filter(Boolean))].map((name) => matchAgency(name, catalogue.departments, catalogue.aliases)) };
  }
}
