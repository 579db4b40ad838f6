-- Every signed message our SOAP services accept, by its sender and X-Road message id. The key is
-- what refuses a replay: a message resent as it was (with a valid signature and a timestamp
-- still fresh) finds its id taken, on whichever node of the cluster it arrives, since all nodes
-- share this table (WSS4J's own replay cache is per node).
CREATE TABLE received_message (
    client      VARCHAR(200) NOT NULL,
    message_id  VARCHAR(64)  NOT NULL,  -- as long as message_log.message_id
    received_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (client, message_id),
    INDEX ix_received_message_time (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
