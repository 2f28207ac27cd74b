import { SessionUser, User } from '@mandate/domain';
import { UserEntity } from '../user.entity';

export const mapUser = (u: UserEntity): User => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  departmentId: u.departmentId,
  email: u.email,
  active: u.active,
  locale: u.locale,
  version: u.version,
});

export const mapSessionUser = (u: UserEntity): SessionUser => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  departmentId: u.departmentId,
});
