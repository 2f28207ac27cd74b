import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { Actor, DomainError, ItemList } from '@mandate/domain';
import { DataSource, Repository } from 'typeorm';
import { isUniqueViolation, loadForUpdate } from '../../common/persistence/load-for-update';
import { AuditService } from '../audit/audit.service';
import { DepartmentEntity } from './department.entity';
import { CreateDepartmentDto } from './dtos/create-department.dto';
import { DepartmentResponse, mapDepartment } from './dtos/department-response.dto';
import { UpdateDepartmentDto } from './dtos/update-department.dto';

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(includeInactive: boolean): Promise<ItemList<DepartmentResponse>> {
    const rows = await this.departments.find({ where: includeInactive ? {} : { active: true }, order: { name: 'ASC' } });
    return { items: rows.map(mapDepartment) };
  }

  async create(actor: Actor, input: CreateDepartmentDto): Promise<DepartmentResponse> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const saved = await manager.save(manager.create(DepartmentEntity, { ...input, active: true }));
        const after = mapDepartment(saved);
        await this.audit.record(manager, { actor, entityType: 'department', entityId: saved.id, action: 'create', after });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('DEPARTMENT_CODE_TAKEN', `A department with code ${input.code} already exists.`, [{ field: 'code', message: 'is already used', rule: 'taken' }]);
      }
      throw error;
    }
  }

  async update(actor: Actor, id: string, input: UpdateDepartmentDto): Promise<DepartmentResponse> {
    return this.dataSource.transaction(async (manager) => {
      const row = await loadForUpdate(manager, DepartmentEntity, id, input.version, 'Department');
      const before = mapDepartment(row);
      const { version: _version, ...changes } = input;
      const saved = await manager.save(Object.assign(row, changes));
      const after = mapDepartment(saved);
      await this.audit.record(manager, { actor, entityType: 'department', entityId: id, action: 'update', before, after });
      return after;
    });
  }
}
