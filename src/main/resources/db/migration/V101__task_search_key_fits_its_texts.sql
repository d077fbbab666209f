-- A task's search key is its title (up to 1,000 characters), description (4,000) and expected output (1,000) folded
-- and joined by spaces: 6,002 characters when all three are full, two more than V20 gave it.
alter table task alter column search_key type varchar(6002);
