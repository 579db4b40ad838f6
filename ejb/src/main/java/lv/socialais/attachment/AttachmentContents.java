package lv.socialais.attachment;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import javax.sql.DataSource;
import lv.socialais.database.DatabaseStartup;

/**
 * The attachments' bytes in the database, streamed over plain JDBC both ways: JPA would hold a
 * whole file in memory. Knows nothing of who may store or read them ({@link Attachments} does).
 */
@Stateless
public class AttachmentContents {

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    private DataSource dataSource;

    /** Writes the attachment and its bytes over JDBC, streaming them from the staged file; returns the new id. */
    public long insert(Attachment attachment, StagedFile staged) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement meta = connection.prepareStatement(
                        "INSERT INTO attachment (application_id, file_name,"
                                + " content_type, size_bytes, sha256, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement bytes = connection.prepareStatement(
                        "INSERT INTO attachment_content (attachment_id, content) VALUES (?, ?)");
                InputStream content = staged.open()) {
            meta.setLong(1, attachment.getApplicationId());
            meta.setString(2, attachment.getFileName());
            meta.setString(3, attachment.getContentType());
            meta.setLong(4, attachment.getSizeBytes());
            meta.setString(5, attachment.getSha256());
            meta.setTimestamp(6, Timestamp.from(attachment.getUploadedAt()));
            meta.setString(7, attachment.getUploadedBy());
            meta.executeUpdate();
            long id;
            try (ResultSet keys = meta.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            bytes.setLong(1, id);
            bytes.setBinaryStream(2, content, staged.size());
            bytes.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the attachment", e);
        }
    }

    /** Streams the stored bytes of the attachment to the output (nothing when it has none). */
    public void copyTo(long attachmentId, OutputStream out) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT content FROM attachment_content WHERE attachment_id = ?")) {
            select.setLong(1, attachmentId);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    try (InputStream content = row.getBinaryStream(1)) {
                        content.transferTo(out);
                    }
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot read attachment " + attachmentId, e);
        }
    }
}
