import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129033613 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "exhibition_participant" drop constraint if exists "exhibition_participant_exhibition_id_maker_id_unique";`);
    this.addSql(`alter table if exists "exhibition_participant" drop constraint if exists "exhibition_participant_exhibition_id_booth_code_unique";`);
    this.addSql(`alter table if exists "exhibition_featured_item" drop constraint if exists "exhibition_featured_item_exhibition_id_product_id_unique";`);
    this.addSql(`alter table if exists "exhibition" drop constraint if exists "exhibition_handle_unique";`);
    this.addSql(`create table if not exists "exhibition" ("id" text not null, "handle" text not null, "title_id" text not null, "title_en" text not null, "description_id" text not null default '', "description_en" text not null default '', "venue" text not null, "address" text not null default '', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "cover_image_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exhibition_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_exhibition_handle_unique" ON "exhibition" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibition_deleted_at" ON "exhibition" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibition_starts_at" ON "exhibition" ("starts_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibition_ends_at" ON "exhibition" ("ends_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "exhibition_featured_item" ("id" text not null, "product_id" text not null, "position" integer not null, "note_id" text null, "note_en" text null, "exhibition_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exhibition_featured_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibition_featured_item_exhibition_id" ON "exhibition_featured_item" ("exhibition_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibition_featured_item_deleted_at" ON "exhibition_featured_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_exhibition_featured_item_exhibition_id_product_id_unique" ON "exhibition_featured_item" ("exhibition_id", "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibition_featured_item_product_id" ON "exhibition_featured_item" ("product_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "exhibition_participant" ("id" text not null, "maker_id" text not null, "booth_code" text not null, "exhibition_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "exhibition_participant_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibition_participant_exhibition_id" ON "exhibition_participant" ("exhibition_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibition_participant_deleted_at" ON "exhibition_participant" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_exhibition_participant_exhibition_id_booth_code_unique" ON "exhibition_participant" ("exhibition_id", "booth_code") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_exhibition_participant_exhibition_id_maker_id_unique" ON "exhibition_participant" ("exhibition_id", "maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_exhibition_participant_maker_id" ON "exhibition_participant" ("maker_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "exhibition_featured_item" add constraint "exhibition_featured_item_exhibition_id_foreign" foreign key ("exhibition_id") references "exhibition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table if exists "exhibition_participant" add constraint "exhibition_participant_exhibition_id_foreign" foreign key ("exhibition_id") references "exhibition" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "exhibition_featured_item" drop constraint if exists "exhibition_featured_item_exhibition_id_foreign";`);

    this.addSql(`alter table if exists "exhibition_participant" drop constraint if exists "exhibition_participant_exhibition_id_foreign";`);

    this.addSql(`drop table if exists "exhibition" cascade;`);

    this.addSql(`drop table if exists "exhibition_featured_item" cascade;`);

    this.addSql(`drop table if exists "exhibition_participant" cascade;`);
  }

}
