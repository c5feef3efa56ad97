import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129033611 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker" drop constraint if exists "maker_handle_unique";`);
    this.addSql(`create table if not exists "maker" ("id" text not null, "handle" text not null, "name" text not null, "size_class" text check ("size_class" in ('kecil', 'menengah')) not null, "district" text not null, "sentra" text null, "story_id" text not null default '', "story_en" text not null default '', "founded_year" integer null, "people" jsonb not null default '[]', "email" text null, "phone" text null, "whatsapp" text null, "pickup_address" text null, "logo_url" text null, "photos" jsonb not null default '[]', "status" text check ("status" in ('pending', 'approved', 'suspended')) not null default 'pending', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_handle_unique" ON "maker" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_deleted_at" ON "maker" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_status" ON "maker" ("status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_district" ON "maker" ("district") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker" cascade;`);
  }

}
