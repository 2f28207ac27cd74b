import { Global, Module } from '@nestjs/common';
import { RevisionCache } from './revision-cache';

@Global()
@Module({ providers: [RevisionCache], exports: [RevisionCache] })
export class RevisionCacheModule {}
