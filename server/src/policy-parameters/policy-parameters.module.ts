import { Module } from '@nestjs/common';
import { PolicyParametersController } from './policy-parameters.controller.js';
import { PolicyParametersRepository } from './policy-parameters.repository.js';
import { PolicyParametersService } from './policy-parameters.service.js';

@Module({
  controllers: [PolicyParametersController],
  providers: [PolicyParametersRepository, PolicyParametersService],
  exports: [PolicyParametersRepository],
})
export class PolicyParametersModule {}
