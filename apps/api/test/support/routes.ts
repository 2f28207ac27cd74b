import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';

/** One route of the API as its controller declares it, with the classes its body and query are validated as. */
export interface DeclaredRoute {
  method: string;
  /** '/api/...' with ':name' params. */
  path: string;
  handler: object;
  controller: object;
  bodyType: (new () => object) | null;
  queryType: (new () => object) | null;
}

const joinPath = (...parts: (string | string[] | undefined)[]) =>
  `/api/${parts.flatMap((p) => [p ?? ''].flat()).map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;

/** Every route the running application's controllers declare (global prefix 'api'). */
export function declaredRoutes(app: NestExpressApplication): DeclaredRoute[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const routes: DeclaredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance) continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler);
      if (method === undefined) continue;
      const args: Record<string, { index: number }> = Reflect.getMetadata(ROUTE_ARGS_METADATA, instance.constructor, name) ?? {};
      const types: unknown[] = Reflect.getMetadata('design:paramtypes', prototype, name) ?? [];
      const typeOf = (kind: RouteParamtypes) => {
        const entry = Object.entries(args).find(([key]) => key.split(':')[0] === String(kind));
        const type = entry ? types[entry[1].index] : undefined;
        return typeof type === 'function' && ![Object, String, Number, Boolean, Array].includes(type as never) ? (type as new () => object) : null;
      };
      routes.push({
        method: RequestMethod[method],
        path: joinPath(Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object), Reflect.getMetadata(PATH_METADATA, handler)),
        handler,
        controller: wrapper.metatype as object,
        bodyType: typeOf(RouteParamtypes.BODY),
        queryType: typeOf(RouteParamtypes.QUERY),
      });
    }
  }
  return routes;
}
