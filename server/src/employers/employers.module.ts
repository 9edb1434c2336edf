import { Module } from '@nestjs/common';
import { EmployersController } from './employers.controller.js';
import { EmployersRepository } from './employers.repository.js';
import { EmployersService } from './employers.service.js';

@Module({
  controllers: [EmployersController],
  providers: [EmployersRepository, EmployersService],
  exports: [EmployersRepository, EmployersService],
})
export class EmployersModule {}
