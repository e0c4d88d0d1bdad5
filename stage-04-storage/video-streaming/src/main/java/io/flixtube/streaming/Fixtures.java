package io.flixtube.streaming;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

/**
 * Video documents for demos and tests, read from a JSON file: an array of documents in
 * MongoDB Extended JSON, each with an {@code _id}, such as
 * {@code {"_id": {"$oid": "65a1f0c2e4b0a1b2c3d4e501"}, "videoPath": "sample.mp4"}}.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Reads the documents of a fixture file.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file when it is not an array of documents
     *                                  that each have an {@code _id}
     */
    public static List<BsonDocument> read(Path file) throws IOException {
        BsonArray array;
        try {
            array = BsonArray.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonParseException | BsonInvalidOperationException e) {
            throw new IllegalArgumentException("Invalid fixture file " + file + ": it must hold a"
                    + " JSON array of documents (" + e.getMessage() + ").", e);
        }
        List<BsonDocument> documents = new ArrayList<>();
        for (BsonValue value : array) {
            if (!value.isDocument() || !value.asDocument().containsKey("_id")) {
                throw new IllegalArgumentException("Invalid fixture file " + file + ": element "
                        + (documents.size() + 1) + " is not a document with an _id.");
            }
            documents.add(value.asDocument());
        }
        return documents;
    }

    /**
     * Inserts or replaces each document of a fixture file by its {@code _id}, so loading the
     * same file again changes nothing.
     *
     * @return the number of documents in the file
     * @throws IOException when the file cannot be read
     * @throws com.mongodb.MongoException when MongoDB cannot be reached or rejects a write
     */
    public static int load(MongoCollection<?> collection, Path file) throws IOException {
        List<BsonDocument> documents = read(file);
        MongoCollection<BsonDocument> target = collection.withDocumentClass(BsonDocument.class);
        for (BsonDocument document : documents) {
            target.replaceOne(Filters.eq("_id", document.get("_id")), document,
                    new ReplaceOptions().upsert(true));
        }
        return documents.size();
    }
}
