import CNcursesw
import CivicCore
