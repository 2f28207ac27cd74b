import { BadRequestException, CallHandler, ExecutionContext, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { DomainError, EVIDENCE_MAX_FILE_BYTES, EVIDENCE_MAX_FILES } from '@mandate/domain';
import { catchError, Observable, throwError } from 'rxjs';

/**
 * Bound before multer's interceptor: turns its limit errors into the API's coded errors naming the
 * field, since multer stops reading at the limit and the domain check never sees that file.
 */
@Injectable()
export class EvidenceUploadErrorsInterceptor implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          const message = `A file is larger than ${EVIDENCE_MAX_FILE_BYTES / 1024 / 1024} MB`;
          return throwError(() => new DomainError('EVIDENCE_TOO_LARGE', message, [{ field: 'files', message, rule: 'tooLarge' }]));
        }
        if (error instanceof BadRequestException && /too many files|unexpected file field/i.test(error.message)) {
          const message = `Attach at most ${EVIDENCE_MAX_FILES} files, in the field "files"`;
          return throwError(() => new DomainError('EVIDENCE_TOO_LARGE', message, [{ field: 'files', message, rule: 'arrayMaxSize', params: { max: EVIDENCE_MAX_FILES } }]));
        }
        return throwError(() => error);
      }),
    );
  }
}
