import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129063459 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "maker_image" ("id" text not null, "url" text not null, "thumbnail_url" text not null, "file_ids" jsonb not null default '[]', "original_name" text not null, "width" integer not null, "height" integer not null, "maker_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_image_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_image_maker_id" ON "maker_image" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_image_deleted_at" ON "maker_image" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "maker_image" add constraint "maker_image_maker_id_foreign" foreign key ("maker_id") references "maker" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker_image" cascade;`);
  }

}
