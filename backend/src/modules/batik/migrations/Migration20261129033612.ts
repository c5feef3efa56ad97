import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129033612 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "batik_attributes" ("id" text not null, "technique" text check ("technique" in ('tulis', 'cap', 'kombinasi', 'printing')) not null, "batikmark_number" text null, "batikmark_label" text check ("batikmark_label" in ('gold', 'silver', 'white')) null, "motifs" jsonb not null default '[]', "dye_type" text check ("dye_type" in ('natural', 'synthetic')) not null, "dyes" jsonb not null default '[]', "fabric" text not null, "form" text check ("form" in ('kain-panjang', 'selendang', 'kemeja', 'dress', 'scarf', 'masker', 'sarung', 'outer')) not null, "length_cm" integer null, "width_cm" integer null, "production_days" integer null, "colours" jsonb not null default '[]', "care_id" text not null default '', "care_en" text not null default '', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "batik_attributes_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batik_attributes_deleted_at" ON "batik_attributes" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batik_attributes_technique" ON "batik_attributes" ("technique") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_batik_attributes_form" ON "batik_attributes" ("form") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "batik_attributes" cascade;`);
  }

}
