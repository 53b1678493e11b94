// Every node with its labels and properties; its element id only links relationships in the file.
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
