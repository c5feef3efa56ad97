import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129052018 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "maker_order" drop constraint if exists "maker_order_order_id_maker_id_unique";`);
    this.addSql(`create table if not exists "maker_order" ("id" text not null, "order_id" text not null, "line_item_ids" jsonb not null default '[]', "status" text check ("status" in ('new', 'packed', 'shipped', 'ready_for_pickup')) not null default 'new', "tracking_number" text null, "maker_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "maker_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_order_maker_id" ON "maker_order" ("maker_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_maker_order_deleted_at" ON "maker_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_maker_order_order_id_maker_id_unique" ON "maker_order" ("order_id", "maker_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "maker_order" add constraint "maker_order_maker_id_foreign" foreign key ("maker_id") references "maker" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maker_order" cascade;`);
  }

}
