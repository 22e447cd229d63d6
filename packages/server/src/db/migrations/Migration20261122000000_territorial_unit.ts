import { Migration } from "@mikro-orm/migrations";

export class Migration20261122000000_territorial_unit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table territorial_unit (
        code varchar(7) primary key
          check (code ~ '^([0-9]{2}|[0-9]{4}|[0-9]{7})$'),
        name text not null check (name <> ''),
        kind text not null check (kind in (
          'VOIVODESHIP', 'COUNTY', 'CITY_WITH_COUNTY_RIGHTS',
          'URBAN_MUNICIPALITY', 'RURAL_MUNICIPALITY', 'URBAN_RURAL_MUNICIPALITY',
          'TOWN_OF_URBAN_RURAL_MUNICIPALITY', 'RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY',
          'CAPITAL_CITY_DISTRICT', 'CITY_DELEGATION')),
        parent_code varchar(7) references territorial_unit (code) deferrable initially deferred,
        register_date date not null,
        constraint territorial_unit_root_has_no_parent check ((length(code) = 2) = (parent_code is null))
      )`);
    this.addSql(`create index territorial_unit_parent_code_idx on territorial_unit (parent_code)`);
    this.addSql(`comment on table territorial_unit is 'TERYT (GUS TERC) territorial register'`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table territorial_unit`);
  }
}
