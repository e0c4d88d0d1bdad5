package io.flixtube.streaming;

import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;

import io.flixtube.common.Problem;
import io.flixtube.common.ProblemException;

/**
 * Looks up where video-storage keeps a video: the {@code videoPath} of the document whose
 * {@code _id} is the video id, in MongoDB's collection {@code videos}.
 */
public final class VideoPaths {

    private static final System.Logger LOGGER = System.getLogger(VideoPaths.class.getName());

    private final MongoCollection<Document> videos;

    /** Creates the lookup over the collection of video documents. */
    public VideoPaths(MongoCollection<Document> videos) {
        this.videos = videos;
    }

    /**
     * Returns the storage path of a video.
     *
     * @param id the {@code id} query parameter: the 24 hexadecimal digits of an ObjectId
     * @throws ProblemException with 400 for a missing or malformed id, 404 for an unknown one,
     *                          503 when MongoDB cannot be reached and 502 when it fails
     */
    public String find(String id) {
        Document video;
        try {
            video = videos.find(Filters.eq("_id", objectId(id))).first();
        } catch (MongoTimeoutException | MongoSocketException e) {
            LOGGER.log(System.Logger.Level.WARNING, "MongoDB cannot be reached for video " + id
                    + ": " + e.getMessage());
            throw new ProblemException(Problem.serviceUnavailable("MongoDB cannot be reached to"
                    + " look up video '" + id + "'; try again shortly."), e);
        } catch (MongoException e) {
            LOGGER.log(System.Logger.Level.WARNING, "MongoDB failed to look up video " + id, e);
            throw new ProblemException(Problem.badGateway("MongoDB failed to look up video '"
                    + id + "': " + e.getMessage()), e);
        }
        if (video == null) {
            throw new ProblemException(Problem.notFound("No video with id '" + id + "'."));
        }
        Object path = video.get("videoPath");
        if (!(path instanceof String text) || text.isBlank()) {
            LOGGER.log(System.Logger.Level.WARNING, "Video " + id + " has no videoPath string");
            throw new ProblemException(Problem.badGateway("The record of video '" + id
                    + "' has no videoPath."));
        }
        return text;
    }

    private static ObjectId objectId(String id) {
        if (id == null || id.isEmpty()) {
            throw new ProblemException(Problem.badRequest("Missing query parameter id: ask for"
                    + " /video?id=<video id>, such as 65a1f0c2e4b0a1b2c3d4e501."));
        }
        if (!ObjectId.isValid(id)) {
            throw new ProblemException(Problem.badRequest("Invalid video id " + Problem.quote(id)
                    + ": use the 24 hexadecimal digits of a MongoDB ObjectId, such as"
                    + " 65a1f0c2e4b0a1b2c3d4e501."));
        }
        return new ObjectId(id);
    }
}
