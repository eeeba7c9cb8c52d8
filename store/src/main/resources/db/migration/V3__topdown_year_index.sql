-- Maps read every region's total of one year: index the top-down layer by year, sector and fuel.
create index topdown_year_total on topdown_inventory (data_year, sector, fuel);
