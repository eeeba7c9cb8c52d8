-- Current emissions summed by the record's region, year, source, substance and scope, kept up to date in
-- the same transaction as each upload, so inventories and maps read a few thousand cells instead of
-- summing millions of emission lines on every request.
create table inventory_cell (
  adcode    char(6)     not null,
  data_year integer     not null,
  source    varchar(32) not null,
  substance varchar(16) not null,
  scope     varchar(16) not null,
  amount_t  double precision not null,
  primary key (adcode, data_year, source, substance, scope)
);

insert into inventory_cell (adcode, data_year, source, substance, scope, amount_t)
select a.adcode, a.data_year, a.source, e.substance, e.scope, sum(e.amount_t)
from emission e join activity a on a.id = e.activity_id
where e.is_current = true
group by a.adcode, a.data_year, a.source, e.substance, e.scope;
