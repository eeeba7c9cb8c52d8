-- The ledger keeps facts, not increments. An activity record is identified by (entity_code, record_id): uploading
-- it again is a revision that replaces the earlier value (which stays as history), never a second copy; an upload
-- can be withdrawn (撤回), and an earlier revision it had replaced becomes current again.

-- What became of an upload, and what it changed when it was accepted.
alter table upload add column status varchar(16) not null default 'active';   -- active | withdrawn
alter table upload add column added_count integer not null default 0;         -- facts new to the ledger
alter table upload add column revised_count integer not null default 0;       -- facts whose earlier value this replaced
alter table upload add column unchanged_count integer not null default 0;     -- records identical to the current value: not stored again
alter table upload add column withdrawn_by varchar(64);
alter table upload add column withdrawn_at timestamp;
alter table upload add column withdraw_reason varchar(500) not null default '';
update upload set added_count = record_count;

-- state: current (the fact's value now) | revised (replaced by a later upload) | withdrawn (its upload was withdrawn)
--        | rejected (a stored value that could never be right, e.g. not finite; see the repair at start-up).
-- live_key is entity_code, U+001F, record_id while the row is current and null otherwise: a unique column that allows
-- many nulls is a partial unique index both H2 and PostgreSQL understand, so two concurrent uploads can never both
-- make the same fact current.
alter table activity add column state varchar(16) not null default 'current';
alter table activity add column revision integer not null default 1;
alter table activity add column live_key varchar(200);
create index activity_fact on activity (entity_code, record_id);

-- Ledgers written before this migration may hold the same fact twice (re-uploads were added): the latest copy is the
-- fact, earlier copies become its history, and their emissions stop counting.
update activity a set state = 'revised'
  where exists (select 1 from activity b where b.entity_code = a.entity_code and b.record_id = a.record_id and b.id > a.id);
update activity a set revision = (select count(*) from activity b where b.entity_code = a.entity_code and b.record_id = a.record_id and b.id <= a.id);
update activity set live_key = entity_code || chr(31) || record_id where state = 'current';
create unique index activity_live on activity (live_key);
update emission set is_current = false
  where is_current = true and activity_id in (select id from activity where state <> 'current');
update upload u set added_count = (select count(*) from activity a where a.upload_id = u.id and a.revision = 1),
  revised_count = (select count(*) from activity a where a.upload_id = u.id and a.revision > 1);

-- A cell exists while at least one current line is in it: the count lets a withdrawal remove the cell instead of
-- leaving a zero (or a rounding residue) that would read as "reported, nothing emitted".
alter table inventory_cell add column line_count bigint not null default 0;
delete from inventory_cell;
insert into inventory_cell (adcode, data_year, source, substance, scope, amount_t, line_count)
select a.adcode, a.data_year, a.source, e.substance, e.scope, sum(e.amount_t), count(*)
from emission e join activity a on a.id = e.activity_id
where e.is_current = true
group by a.adcode, a.data_year, a.source, e.substance, e.scope;

-- Room for every control and measured substance a record may list (the reader allows each once).
alter table activity alter column controls set data type varchar(1000);
alter table activity alter column measured set data type varchar(2000);
