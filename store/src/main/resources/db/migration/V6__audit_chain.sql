-- The audit log becomes a hash chain: each entry stores the hash of its own content and of the entry before
-- it, so a deleted or altered row shows when the chain is verified (AuditLog.verify). Entries written before
-- this migration are chained by V7 in id order.

-- seq: the entry's place in the chain (1, 2, 3 …), given under the chain head's lock, never by the database.
alter table audit_log add column seq bigint;
-- region: the division the change is about (null when it is about none); actor_region: the jurisdiction of the
-- acting authority or the registered region of the acting enterprise, as it was at the time.
alter table audit_log add column region varchar(6);
alter table audit_log add column actor_region varchar(6);
alter table audit_log add column prev_hash varchar(64);
alter table audit_log add column entry_hash varchar(64);
create unique index audit_log_seq on audit_log (seq);
create index audit_log_time on audit_log (happened_at);

-- The head of the chain: one row, locked (select … for update) by every writer, so entries join the chain one
-- at a time and in the order their transactions commit.
create table audit_chain (
  id        integer     primary key,
  last_seq  bigint      not null,
  last_hash varchar(64) not null
);
insert into audit_chain (id, last_seq, last_hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
