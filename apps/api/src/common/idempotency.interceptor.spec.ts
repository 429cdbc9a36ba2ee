import 'reflect-metadata';
import { Controller, forwardRef, Get, Module, Post, Put, RequestMethod, UseInterceptors } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { AppModule } from '../app.module';
import type { AppConfig } from '../config/config';
import { IdempotencyInterceptor, interceptEveryPost } from './idempotency.interceptor';

const interceptorsOf = (handler: object): unknown[] => Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? [];

class UploadInterceptor {
  intercept() {}
}

abstract class BaseController {
  @Post()
  create() {}

  @Get()
  list() {}
}

@Controller('parts')
class PartsController extends BaseController {
  @Post(':id/upload')
  @UseInterceptors(UploadInterceptor)
  upload() {}

  @Put(':id')
  update() {}
}

@Controller('late')
class LateController {
  @Post()
  send() {}
}

@Module({ controllers: [LateController] })
class LateModule {}

@Module({ controllers: [PartsController], imports: [forwardRef(() => LateModule)] })
class PartsModule {}

describe('the idempotency interceptor on every POST route, and only there', () => {
  it('goes first on each POST of a module tree, inherited and forward-referenced ones too, once however often it is applied', () => {
    const tree = { module: class Root {}, imports: [PartsModule] };
    interceptEveryPost([tree], IdempotencyInterceptor);
    interceptEveryPost([tree], IdempotencyInterceptor);
    expect(interceptorsOf(BaseController.prototype.create)).toEqual([IdempotencyInterceptor]);
    expect(interceptorsOf(PartsController.prototype.upload)).toEqual([IdempotencyInterceptor, UploadInterceptor]);
    expect(interceptorsOf(LateController.prototype.send)).toEqual([IdempotencyInterceptor]);
    expect(interceptorsOf(BaseController.prototype.list)).toEqual([]);
    expect(interceptorsOf(PartsController.prototype.update)).toEqual([]);
  });

  it('reaches every POST route of the app as built, and no other route', () => {
    const handlers = new Set<(...args: unknown[]) => unknown>();
    const seen = new Set<unknown>();
    const visit = (entry: unknown): void => {
      const declared = (entry as { forwardRef?: () => unknown }).forwardRef?.() ?? entry;
      if (!declared || seen.has(declared)) return;
      seen.add(declared);
      const dynamic = declared as { module?: object; imports?: unknown[]; controllers?: { prototype: object }[] };
      const module = dynamic.module ?? declared;
      const controllers = [...(Reflect.getMetadata('controllers', module) ?? []), ...(dynamic.controllers ?? [])];
      for (const controller of controllers as { prototype: object }[])
        for (let proto = controller.prototype; proto !== Object.prototype; proto = Object.getPrototypeOf(proto))
          for (const name of Object.getOwnPropertyNames(proto)) {
            const handler = Object.getOwnPropertyDescriptor(proto, name)?.value;
            if (typeof handler === 'function' && Reflect.getMetadata(METHOD_METADATA, handler) !== undefined)
              handlers.add(handler);
          }
      for (const imported of [...(Reflect.getMetadata('imports', module) ?? []), ...(dynamic.imports ?? [])])
        visit(imported);
    };
    visit(AppModule.forRoot({} as AppConfig));
    const posts = [...handlers].filter(
      (handler) => Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST,
    );
    // the login, the imports, the public registrations, every resource's create and restore…
    expect(posts.length).toBeGreaterThan(30);
    for (const handler of handlers)
      expect([handler.name, interceptorsOf(handler).includes(IdempotencyInterceptor)]).toEqual([
        handler.name,
        posts.includes(handler),
      ]);
  });
});
