import { Module } from '@nestjs/common';
import { TeacherPracticesController } from './teacher-practices.controller';
import { TeacherPracticesService } from './teacher-practices.service';

@Module({
  controllers: [TeacherPracticesController],
  providers: [TeacherPracticesService],
  exports: [TeacherPracticesService],
})
export class TeacherPracticesModule {}
