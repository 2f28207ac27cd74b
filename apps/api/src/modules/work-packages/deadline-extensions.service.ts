import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, assertExtensionRequest, decideExtension, DeadlineExtensionRequest, DomainError, ItemList } from '@mandate/domain';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../common/persistence/load-for-update';
import { AuditService } from '../audit/audit.service';
import { DeadlineExtensionEntity } from './deadline-extension.entity';
import { mapExtension } from './dtos/activity-response.dto';
import { DecideExtensionDto } from './dtos/decide-extension.dto';
import { RequestExtensionDto } from './dtos/request-extension.dto';
import { findPackageForRecords, lockPackage } from './work-package.lock';
import { WorkPackageNotifier } from './work-package-notifier';
import { WorkPackageWriter } from './work-package.writer';
import { userNames } from '../users/user-names';

/** Deadline extensions (gia hạn): the lead department asks, the UBND office decides; the first due date is kept. */
@Injectable()
export class DeadlineExtensionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly writer: WorkPackageWriter,
    private readonly notifier: WorkPackageNotifier,
  ) {}

  async list(actor: Actor, id: string): Promise<ItemList<DeadlineExtensionRequest>> {
    await findPackageForRecords(this.dataSource.manager, actor, id);
    const rows = await this.dataSource.manager.find(DeadlineExtensionEntity, { where: { workPackageId: id }, order: { createdAt: 'DESC' } });
    const names = await userNames(this.dataSource.manager, rows.flatMap((r) => [r.requestedBy, r.decidedBy]));
    return { items: rows.map((r) => mapExtension(r, names)) };
  }

  async request(actor: Actor, id: string, input: RequestExtensionDto): Promise<DeadlineExtensionRequest> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const pkg = await lockPackage(manager, id);
        const pending = await manager.find(DeadlineExtensionEntity, { where: { workPackageId: id, status: 'pending' }, select: { id: true, status: true } });
        const draft = assertExtensionRequest(actor, pkg, pending, input);
        const saved = await manager.save(manager.create(DeadlineExtensionEntity, { ...draft, requestedBy: actor.id }));
        const after = mapExtension(saved);
        await this.audit.record(manager, { actor, entityType: 'deadline_extension', entityId: saved.id, action: 'create', after });
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError('EXTENSION_PENDING', 'This package already has an extension request awaiting a decision');
      throw error;
    }
  }

  async decide(actor: Actor, id: string, extensionId: string, input: DecideExtensionDto): Promise<DeadlineExtensionRequest> {
    return this.dataSource.transaction(async (manager) => {
      const pkg = await lockPackage(manager, id);
      const request = await manager.findOne(DeadlineExtensionEntity, { where: { id: extensionId }, lock: { mode: 'pessimistic_write' } });
      if (!request || request.workPackageId !== id) throw new DomainError('NOT_FOUND', 'Extension request not found for this package.');
      const effect = decideExtension(actor, pkg, request, input);
      const before = mapExtension(request);
      Object.assign(request, { ...effect.request, decidedBy: actor.id, decidedAt: new Date() });
      const saved = await manager.save(request);
      const after = mapExtension(saved);
      await this.audit.record(manager, { actor, entityType: 'deadline_extension', entityId: extensionId, action: 'update', before, after });
      if (effect.packageChanges) {
        const changes = effect.packageChanges;
        await this.writer.update(manager, actor, pkg, {
          set: changes,
          audit: (updated) => ({
            action: 'update',
            before: { dueDate: pkg.dueDate, originalDueDate: pkg.originalDueDate, version: pkg.version },
            after: { ...changes, version: updated.version, extensionId },
          }),
        });
      }
      await this.notifier.notify(manager, {
        kind: saved.status === 'approved' ? 'extension-approved' : 'extension-refused',
        workPackageId: id,
        actor,
        reason: saved.decisionNote,
        dueDate: saved.grantedDueDate,
      });
      return after;
    });
  }
}
