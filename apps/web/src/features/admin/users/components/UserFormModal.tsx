import { Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { departmentRequirementProblem, PASSWORD_MIN_LENGTH, type Role, ROLES, type User, USERNAME_PATTERN } from '@mandate/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../../components/FormActions';
import { FormErrorAlert } from '../../../../components/FormErrorAlert';
import { apiFieldErrors } from '../../../../lib/error-message';
import type { DepartmentRecord } from '../../departments/api/departments.api';
import type { UpdateUserInput } from '../api/users.api';
import { useCreateUser, useUpdateUser } from '../api/use-user-mutations';

interface UserFormModalProps {
  opened: boolean;
  /** null creates a user. */
  user: User | null;
  departments: DepartmentRecord[];
  onClose: () => void;
  onReload: () => void;
  reloading: boolean;
}

type Field = 'username' | 'displayName' | 'password' | 'role' | 'departmentId' | 'email';

// Deliberately loose: the API has the final word; this only catches typos before a round trip.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function UserFormModal({ opened, user, departments, onClose, onReload, reloading }: UserFormModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={user ? t('users.editTitle') : t('users.createTitle')}>
      <UserForm key={user ? `${user.id}-${user.version}` : 'new'} user={user} departments={departments} onDone={onClose} onReload={onReload} reloading={reloading} />
    </Modal>
  );
}

function UserForm({ user, departments, onDone, onReload, reloading }: { user: User | null; departments: DepartmentRecord[]; onDone: () => void; onReload: () => void; reloading: boolean }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(user?.role ?? 'department');
  const [departmentId, setDepartmentId] = useState<string | null>(user?.departmentId ?? null);
  const [email, setEmail] = useState(user?.email ?? '');
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const errors: Partial<Record<string, string>> = { ...apiFieldErrors(t, mutation.error), ...clientErrors };

  // Inactive departments cannot take new people, but a user already in one keeps it visible.
  const departmentOptions = departments
    .filter((d) => d.active || d.id === user?.departmentId)
    .map((d) => ({ value: d.id, label: `${d.code} — ${d.name}` }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<Field, string>> = {};
    if (!user && !USERNAME_PATTERN.test(username.trim())) problems.username = t('users.usernameInvalid');
    if (!displayName.trim()) problems.displayName = t('users.displayNameRequired');
    if ((!user || password) && password.length < PASSWORD_MIN_LENGTH) problems.password = t('users.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
    if (departmentRequirementProblem(role, departmentId)) problems.departmentId = role === 'department' ? t('users.departmentRequired') : t('users.departmentNotAllowed');
    if (email.trim() && !EMAIL_SHAPE.test(email.trim())) problems.email = t('users.emailInvalid');
    setClientErrors(problems);
    if (Object.keys(problems).length > 0) return;

    const common = { displayName: displayName.trim(), role, departmentId: role === 'department' ? departmentId : null, email: email.trim() || null };
    if (user) {
      const input: UpdateUserInput = { ...common, version: user.version, ...(password ? { password } : {}) };
      update.mutate({ id: user.id, input, change: 'edit' }, { onSuccess: onDone });
    } else {
      create.mutate({ ...common, username: username.trim(), password }, { onSuccess: onDone });
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormErrorAlert error={mutation.error} onReload={onReload} reloading={reloading} />
        <TextInput
          label={t('users.username')}
          description={user ? undefined : t('users.usernameHint')}
          required={!user}
          disabled={Boolean(user)}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value.toLowerCase())}
          error={errors['username']}
        />
        <TextInput label={t('users.displayName')} required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} error={errors['displayName']} />
        <PasswordInput
          label={user ? t('users.newPassword') : t('users.password')}
          description={user ? t('users.newPasswordHint') : undefined}
          required={!user}
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors['password']}
        />
        <Select
          label={t('users.role')}
          required
          allowDeselect={false}
          value={role}
          onChange={(value) => {
            if (!value) return;
            setRole(value as Role);
            if (value !== 'department') setDepartmentId(null);
          }}
          data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          error={errors['role']}
        />
        <Select
          label={t('users.department')}
          required={role === 'department'}
          disabled={role !== 'department'}
          searchable
          clearable
          value={departmentId}
          onChange={setDepartmentId}
          data={departmentOptions}
          error={errors['departmentId']}
          nothingFoundMessage={t('common.none')}
        />
        <TextInput label={t('users.email')} type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors['email']} />
        <FormActions onCancel={onDone} loading={mutation.isPending} mt="sm" />
      </Stack>
    </form>
  );
}
