import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { DomainError } from '@mandate/domain';
import { toErrorResponse } from './domain-exception.filter';

describe(toErrorResponse.name, () => {
  it.each([
    [new DomainError('VALIDATION_FAILED', 'Bad', [{ field: 'dueDate', message: 'must be a date', rule: 'isDate' }]), 400, 'VALIDATION_FAILED'],
    [new DomainError('VERSION_CONFLICT', 'Stale'), 409, 'VERSION_CONFLICT'],
    [new DomainError('TRANSITION_NOT_ALLOWED', 'No'), 422, 'TRANSITION_NOT_ALLOWED'],
    [new DomainError('FORBIDDEN', 'No'), 403, 'FORBIDDEN'],
    [new NotFoundException('Cannot GET /x'), 404, 'NOT_FOUND'],
    [new PayloadTooLargeException(), 413, 'PAYLOAD_TOO_LARGE'],
    [Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' }), 400, 'VALIDATION_FAILED'],
    [Object.assign(new SyntaxError('Unexpected token } in JSON at position 3'), { status: 400 }), 400, 'VALIDATION_FAILED'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), 503, 'SERVICE_UNAVAILABLE'],
    [new Error('Connection terminated unexpectedly'), 503, 'SERVICE_UNAVAILABLE'],
    [Object.assign(new Error('QueryFailedError'), { driverError: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }) }), 503, 'SERVICE_UNAVAILABLE'],
    [Object.assign(new Error('the database system is starting up'), { code: '57P03' }), 503, 'SERVICE_UNAVAILABLE'],
    [Object.assign(new Error('duplicate key'), { code: '23505' }), 500, 'INTERNAL_ERROR'],
  ])('maps %p to %i %s', (error, status, code) => {
    const sut = toErrorResponse(error);
    expect(sut.statusCode).toBe(status);
    expect(sut.code).toBe(code);
  });

  it('keeps field details of domain errors', () => {
    const sut = toErrorResponse(new DomainError('VALIDATION_FAILED', 'Bad', [{ field: 'dueDate', message: 'must be a date', rule: 'isDate' }]));
    expect(sut.details).toEqual([{ field: 'dueDate', message: 'must be a date', rule: 'isDate' }]);
  });

  it('never leaks an internal message', () => {
    const sut = toErrorResponse(new Error('relation "users" does not exist at /srv/app/x.js'));
    expect(sut).toEqual({ statusCode: 500, code: 'INTERNAL_ERROR', message: expect.not.stringMatching(/relation|\/srv/) });
  });

  it('hides the text of framework exceptions', () => {
    expect(toErrorResponse(new BadRequestException('internal detail')).message).not.toMatch(/internal detail/);
  });
});
