-- Wrong passwords are counted per username and client (a hash of the address), so a stranger
-- who types five wrong passwords locks only themselves out, not the registrar at the office.
-- Counted by username text, known or not, so a lock-out does not reveal which accounts exist.
-- The account-wide count on users stays, at a much higher limit, against guessing from many
-- addresses at once.
create table sign_in_failures (
  username text not null,
  client_key text not null,
  failures integer not null default 0,
  locked_until timestamptz,
  updated_at timestamptz not null default now(),
  primary key (username, client_key)
);
