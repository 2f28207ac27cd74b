import { DomainError } from '../errors/domain-error';

/** Evidence attached to a progress report: office documents, scans and photos, nothing executable. */
export const EVIDENCE_MAX_FILE_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 5;

export const EVIDENCE_KINDS = ['pdf', 'docx', 'xlsx', 'png', 'jpeg', 'txt'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

interface EvidenceKindRule {
  extensions: readonly string[];
  contentType: string;
  /** The first bytes every such file starts with; null for plain text, which is checked for NUL bytes instead. */
  magic: readonly number[] | null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export const EVIDENCE_KIND_RULES: Readonly<Record<EvidenceKind, EvidenceKindRule>> = {
  pdf: { extensions: ['.pdf'], contentType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  docx: { extensions: ['.docx'], contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', magic: ZIP },
  xlsx: { extensions: ['.xlsx'], contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', magic: ZIP },
  png: { extensions: ['.png'], contentType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  jpeg: { extensions: ['.jpg', '.jpeg'], contentType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  txt: { extensions: ['.txt'], contentType: 'text/plain; charset=utf-8', magic: null },
};

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot).toLowerCase();
};

const startsWith = (head: Uint8Array, magic: readonly number[]): boolean => head.length >= magic.length && magic.every((byte, i) => head[i] === byte);

/**
 * The kind of an uploaded evidence file from its name and its first bytes (at least 4 KB when the file has them),
 * or null when it is not an allowed kind. The name alone is never trusted: a renamed program is refused.
 */
export const evidenceKindOf = (fileName: string, head: Uint8Array): EvidenceKind | null => {
  const extension = extensionOf(fileName);
  const kind = EVIDENCE_KINDS.find((k) => EVIDENCE_KIND_RULES[k].extensions.includes(extension));
  if (!kind) return null;
  const { magic } = EVIDENCE_KIND_RULES[kind];
  if (magic === null) return head.includes(0) ? null : kind;
  return startsWith(head, magic) ? kind : null;
};

export interface EvidenceFileCandidate {
  fileName: string;
  size: number;
  head: Uint8Array;
}

/** Checks a batch of evidence: 413 for too many or too large, 415 for a kind not allowed, naming `files[i]`. */
export const assertEvidenceFiles = (files: readonly EvidenceFileCandidate[], field = 'files'): EvidenceKind[] => {
  if (files.length > EVIDENCE_MAX_FILES) {
    const message = `At most ${EVIDENCE_MAX_FILES} files can be attached to one report`;
    throw new DomainError('EVIDENCE_TOO_LARGE', message, [{ field, message, rule: 'arrayMaxSize', params: { max: EVIDENCE_MAX_FILES } }]);
  }
  return files.map((file, index) => {
    if (file.size > EVIDENCE_MAX_FILE_BYTES) {
      const message = `${file.fileName} is larger than ${EVIDENCE_MAX_FILE_BYTES / 1024 / 1024} MB`;
      throw new DomainError('EVIDENCE_TOO_LARGE', message, [{ field: `${field}[${index}]`, message, rule: 'tooLarge' }]);
    }
    const kind = evidenceKindOf(file.fileName, file.head);
    if (kind === null) {
      const message = `${file.fileName} is not an allowed evidence file (PDF, Word .docx, Excel .xlsx, PNG, JPEG or plain text)`;
      throw new DomainError('EVIDENCE_TYPE_NOT_ALLOWED', message, [{ field: `${field}[${index}]`, message, rule: 'fileType' }]);
    }
    return kind;
  });
};
