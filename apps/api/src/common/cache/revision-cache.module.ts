import { Global, Module } from '@nestjs/common';
import { CompressedReadModelCache } from './compressed-read-model-cache';
import { RevisionCache } from './revision-cache';

@Global()
@Module({ providers: [RevisionCache, CompressedReadModelCache], exports: [RevisionCache, CompressedReadModelCache] })
export class RevisionCacheModule {}
