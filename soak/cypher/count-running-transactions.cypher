// Transactions still running in the database other than this one: writes whose client gave up
// (an unknown outcome) may still be running on the server, under the ingestion timeout, and
// commit after the load has stopped. The check waits until there are none.
SHOW TRANSACTIONS YIELD transactionId, currentQuery
WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
RETURN count(*) AS running, collect(left(currentQuery, 80)) AS queries
