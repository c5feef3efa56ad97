import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129050600 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_user" drop constraint if exists "maker_user_email_unique";`);
    this.addSql(`create table if not exists "maker_user" ("id" text not null, "email" text not null, "name" text not null, "maker_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_user_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_user_email_unique" ON "maker_user" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_user_maker_id" ON "maker_user" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_user_deleted_at" ON "maker_user" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "maker_user" add constraint "maker_user_maker_id_foreign" foreign key ("maker_id") references "maker" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker_user" cascade;`);
  }

}
