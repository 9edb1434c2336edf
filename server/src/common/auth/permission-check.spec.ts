import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Permission, Public } from './decorators.js';
import { assertEveryRouteDeclared } from './permission-check.js';

@Controller('declared')
class DeclaredController {
  @Get()
  @Permission('tasks', 'list')
  list() {
    return [];
  }

  @Public()
  @Get('open')
  open() {
    return {};
  }
}

@Controller('forgotten')
class ForgottenController {
  @Get()
  list() {
    return [];
  }
}

@Controller('unknown')
class UnknownActionController {
  @Get()
  @Permission('tasks', 'export')
  list() {
    return [];
  }
}

const appWith = async (...controllers: (new () => object)[]) => {
  @Module({ controllers })
  class TestModule {}
  return NestFactory.create(TestModule, { logger: false });
};

describe('start-up refuses a route without a permission', () => {
  it('starts when every route is public or declares a permission the table knows', async () => {
    const app = await appWith(DeclaredController);
    expect(() => assertEveryRouteDeclared(app)).not.toThrow();
    await app.close();
  });

  it('refuses a route that declares nothing', async () => {
    const app = await appWith(DeclaredController, ForgottenController);
    expect(() => assertEveryRouteDeclared(app)).toThrow('GET /api/forgotten');
    await app.close();
  });

  it('refuses an action the table does not know', async () => {
    const app = await appWith(UnknownActionController);
    expect(() => assertEveryRouteDeclared(app)).toThrow(/GET \/api\/unknown \(tasks:export is not in the table\)/);
    await app.close();
  });
});
