-- Failed sign-ins counted per client address as well as per user name: one address trying many names is locked out
-- for a while, whatever names it tries. IPv6 clients are counted per /64 network.
create table login_throttle_address (
    address          varchar(64)  primary key,
    failures         int          not null,
    first_failure_at timestamptz  not null,
    locked_until     timestamptz
);
